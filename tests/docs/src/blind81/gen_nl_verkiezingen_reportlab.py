"""Round 81 (nl): the EVALUATIERAPPORT of a municipality's own ELECTION PROJECT TEAM on the gemeenteraadsverkiezing
(how polling stations, staff, counting and communication went), answered by the burgemeester's RAADSMEMO to the
gemeenteraad (an informal information memo: Aan / Van / Datum / Onderwerp, then short subject paragraphs).

Advice: (invented) gemeente Lindewijk, projectgroep Verkiezingen, 'Evaluatie gemeenteraadsverkiezing 18 maart
2026', 3 p., sans, a title block, running footer 'Evaluatie verkiezingen 2026 - n': a shaded 'Tops' box with
unnumbered bullets (what went well), a figures table, the Kieswet's 'moet' quoted, the 2022 evaluation's
recommendation quoted ('Werf stembureauleden ook ...'), 'zou ... moeten' in a finding; the recommendations as
LABELLED blocks 'Verbeterpunt 1' ... 'Verbeterpunt 7' (bold label line, text beside a coloured rule) inside the
chapters 3.1-3.5.
Response: raadsmemo of the burgemeester (2 p., serif, meta table), by subject headings WITHOUT numbers, in another
order: Aanleiding (nothing); 'Centrale telling' = 4 disagrees; 'Reservepool' = 7 agrees; ONE section
'Stembureauleden' = 1 disagrees + 2 agrees; 'Informatie op de verkiezingsdag' = 6 noted; 'Toegankelijkheid' = 3
partly; 'Kosten' (nothing); 'Vervolg' (nothing); 5 (tally form) unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

The Kieswet and the Kiesraad are real, but what the documents say of them is not to be relied on; Lindewijk, its
people, figures and dates are invented.

Run: /tmp/blind81nl/bin/python tests/docs/src/blind81/gen_nl_verkiezingen_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b81nl as B  # noqa: E402

NAME = "blind81_nl_verkiezingen"
DV = "/usr/share/fonts/truetype/dejavu/"
for n, f in (("S", "DejaVuSans.ttf"), ("S-B", "DejaVuSans-Bold.ttf"), ("S-I", "DejaVuSans-Oblique.ttf"),
             ("S-BI", "DejaVuSans-BoldOblique.ttf"), ("R", "DejaVuSerif.ttf"), ("R-B", "DejaVuSerif-Bold.ttf"),
             ("R-I", "DejaVuSerif-Italic.ttf"), ("R-BI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, DV + f))
pdfmetrics.registerFontFamily("S", normal="S", bold="S-B", italic="S-I", boldItalic="S-BI")
pdfmetrics.registerFontFamily("R", normal="R", bold="R-B", italic="R-I", boldItalic="R-BI")

ORANGE = colors.HexColor("#c0561b")
NAVY = colors.HexColor("#23395d")


def styles(fam, accent):
    body = ParagraphStyle("b", fontName=fam, fontSize=9.5, leading=13.6, spaceAfter=6)
    h = ParagraphStyle("h", fontName=fam + "-B", fontSize=11, leading=14.5, spaceBefore=8, spaceAfter=3,
                       textColor=accent)
    small = ParagraphStyle("s", fontName=fam, fontSize=8, leading=10.5, textColor=colors.HexColor("#444444"))
    title = ParagraphStyle("t", fontName=fam + "-B", fontSize=18, leading=22, spaceAfter=4, textColor=accent)
    bullet = ParagraphStyle("u", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
    return body, h, small, title, bullet


VERBETERPUNTEN = {
    1: "Verhoog de vergoeding voor stembureauleden van 160 naar 200 euro per verkiezingsdag, om het tekort aan "
       "leden terug te dringen.",
    2: "Maak de e-learning van de Kiesraad verplicht voor alle voorzitters en tweede leden, niet alleen voor wie "
       "voor het eerst meedoet.",
    3: "Laat alle stemlocaties vóór de volgende verkiezing schouwen door ervaringsdeskundigen met een lichamelijke "
       "of visuele beperking.",
    4: "Voer centrale stemopneming in: laat de stemmen per kandidaat op de dag na de verkiezing op één locatie "
       "tellen door een apart telteam.",
    5: "Gebruik bij de telling op elk stembureau een vast telformulier met tussentotalen per stapel van vijftig "
       "stembiljetten.",
    6: "Toon op de gemeentelijke website een kaart met de actuele drukte per stemlocatie, die de hele dag wordt "
       "bijgewerkt.",
    7: "Stel vóór de volgende verkiezing een vaste reservepool van twintig stembureauleden samen die op de dag zelf "
       "kunnen invallen.",
}


def vp(n, body):
    lab = ParagraphStyle("l", fontName="S-B", fontSize=9.3, leading=12.5, textColor=ORANGE)
    txt = ParagraphStyle("x", fontName="S", fontSize=9.5, leading=13.4)
    t = Table([[Paragraph(f"Verbeterpunt {n}", lab)], [Paragraph(VERBETERPUNTEN[n], txt)]], colWidths=[150 * mm])
    t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 2.2, ORANGE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf1ea"))]))
    t.hAlign = "LEFT"
    return [t, Spacer(1, 7)]


def advice():
    body, h, small, title, bullet = styles("S", NAVY)

    def foot(c, doc):
        c.saveState()
        c.setFont("S", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(22 * mm, 12 * mm, "Gemeente Lindewijk")
        c.drawRightString(A4[0] - 22 * mm, 12 * mm, f"Evaluatie verkiezingen 2026 - {doc.page}")
        c.setStrokeColor(ORANGE)
        c.line(22 * mm, 15.5 * mm, A4[0] - 22 * mm, 15.5 * mm)
        c.restoreState()

    s = [Paragraph("Gemeente Lindewijk | projectgroep Verkiezingen", small), Spacer(1, 4),
         Paragraph("Evaluatie gemeenteraadsverkiezing 18 maart 2026", title),
         Paragraph("Rapport voor de burgemeester en de gemeenteraad | versie 1.0, 14 april 2026", small),
         Spacer(1, 8)]
    s.append(Paragraph("1. Inleiding", h))
    s.append(Paragraph(
        "Op 18 maart 2026 koos Lindewijk een nieuwe gemeenteraad. De projectgroep Verkiezingen heeft de verkiezing "
        "geëvalueerd op basis van de processen-verbaal, een enquête onder de 212 stembureauleden (respons 68 "
        "procent), gesprekken met de voorzitters van de 24 stembureaus en de meldingen van kiezers. Deze evaluatie "
        "is bedoeld om lessen te trekken voor de verkiezingen van 2027 en 2028.", body))
    s.append(Paragraph(
        "De Kieswet schrijft voor dat elk stembureau uit ten minste drie leden moet bestaan en dat de stemming "
        "openbaar is. Die eisen zijn op alle stembureaus nageleefd. In de evaluatie van 2022 stond: 'Werf "
        "stembureauleden ook onder studenten van de hogeschool.' Daar is in 2026 gevolg aan gegeven: 31 studenten "
        "waren lid van een stembureau.", body))
    tops = Table([[Paragraph("<b>Tops: wat ging goed</b>", body)]] + [[Paragraph(t, bullet, bulletText="•")] for t in [
        "Alle stembureaus gingen op tijd open; er waren geen storingen in de stemlokalen.",
        "De uitslag was om 0.40 uur bekend, een uur eerder dan in 2022.",
        "Kiezers waardeerden de stemlocatie in het station en de stembus op de markt.",
        "De samenwerking met de buurgemeente Haaksbergen-Oost bij de werving verliep goed."]],
        colWidths=[150 * mm])
    tops.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e9eef5")),
                              ("BOX", (0, 0), (-1, -1), 0.6, NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    tops.hAlign = "LEFT"
    s += [tops, Spacer(1, 8)]
    s.append(Paragraph("2. Cijfers", h))
    fig = Table([["", "2022", "2026"], ["Kiesgerechtigden", "31.420", "32.105"], ["Opkomst", "52,8 %", "55,1 %"],
                 ["Stembureaus", "22", "24"], ["Stembureauleden (incl. tellers)", "188", "212"],
                 ["Afmeldingen in de laatste week", "9", "17"], ["Verschillen in processen-verbaal", "5", "11"]],
                colWidths=[80 * mm, 30 * mm, 30 * mm])
    fig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.6), ("FONT", (0, 0), (-1, 0), "S-B", 8.6),
                             ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef5"))]))
    fig.hAlign = "LEFT"
    s += [fig, Spacer(1, 6)]
    s.append(Paragraph("3. Bevindingen en verbeterpunten", h))
    s.append(Paragraph("3.1 Stembureauleden", h))
    s.append(Paragraph(
        "Het werven van voldoende stembureauleden kostte meer moeite dan ooit. Zeventien leden meldden zich in de "
        "laatste week af; twee stembureaus gingen met het wettelijk minimum open. Uit de enquête blijkt dat de "
        "vergoeding voor veel leden een rol speelt. Ook voelde een deel van de voorzitters zich onvoldoende "
        "voorbereid op bezwaren van kiezers.", body))
    s += vp(1, body) + vp(7, body) + vp(2, body)
    s.append(Paragraph("3.2 Locaties en toegankelijkheid", h))
    s.append(Paragraph(
        "Alle 24 locaties voldeden op papier aan de toegankelijkheidseisen. Toch kwamen er vier meldingen binnen "
        "over een te steile hellingbaan en over slecht leesbare bewegwijzering. Een locatie zou eigenlijk een vaste "
        "drempelhulp moeten hebben.", body))
    s += vp(3, body)
    s.append(Paragraph("3.3 Telling", h))
    s.append(Paragraph(
        "In elf processen-verbaal kwamen verschillen voor tussen het aantal toegelaten kiezers en het aantal "
        "uitgebrachte stemmen. Meestal ging het om één of twee stemmen, maar in twee gevallen moest het "
        "gemeentelijk stembureau opnieuw tellen. De tellingen op de avond zelf duurden lang, vooral bij de grote "
        "stembureaus.", body))
    s += vp(4, body) + vp(5, body)
    s.append(Paragraph("3.4 Communicatie met kiezers", h))
    s.append(Paragraph(
        "De folder en de website werden goed gelezen. Rond etenstijd ontstonden bij drie stemlocaties wachtrijen van "
        "meer dan twintig minuten, terwijl het elders rustig was.", body))
    s += vp(6, body)
    s.append(Paragraph("4. Tot slot", h))
    s.append(Paragraph(
        "De projectgroep stelt vast dat de verkiezing ordelijk en betrouwbaar is verlopen. De verbeterpunten zijn "
        "bedoeld om dat ook bij de komende verkiezingen zo te houden, nu het steeds moeilijker wordt om voldoende "
        "mensen te vinden.", body))
    s.append(Paragraph("Projectgroep Verkiezingen: M. (Marloes) Tiemens, projectleider; H. Ouali; J. ter Horst.",
                       small))
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Evaluatie gemeenteraadsverkiezing 2026", author="Gemeente Lindewijk")
    doc.build(s, onFirstPage=foot, onLaterPages=foot)


def response():
    body, h, small, title, bullet = styles("R", colors.black)
    h = ParagraphStyle("hr", parent=h, fontName="R-B", fontSize=10.2, spaceBefore=7)

    def page(c, doc):
        c.saveState()
        c.setFont("R", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 24 * mm, 12 * mm, f"Raadsmemo evaluatie verkiezingen | {doc.page}")
        c.restoreState()

    meta = Table([["Aan", "de gemeenteraad"], ["Van", "de burgemeester, mr. J.W. (Jan-Willem) Brouwers"],
                  ["Datum", "28 april 2026"], ["Kenmerk", "RM-2026-031"],
                  ["Onderwerp", "Evaluatie gemeenteraadsverkiezing 18 maart 2026"],
                  ["Bijlage", "Evaluatierapport projectgroep Verkiezingen (14 april 2026)"]],
                 colWidths=[28 * mm, 130 * mm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "R", 9), ("FONT", (0, 0), (0, -1), "R-B", 9),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                              ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)]))
    meta.hAlign = "LEFT"
    s = [Paragraph("RAADSMEMO", ParagraphStyle("rm", fontName="R-B", fontSize=16, leading=20, spaceAfter=6)),
         meta, Spacer(1, 8)]
    sec = [
        ("Aanleiding", "Met dit memo informeer ik u over de evaluatie van de gemeenteraadsverkiezing van 18 maart. "
                       "Het rapport van de projectgroep treft u als bijlage aan. Ik ben de stembureauleden en de "
                       "medewerkers zeer erkentelijk: de verkiezing is ordelijk verlopen. Hieronder geef ik per "
                       "onderwerp aan wat ik met de verbeterpunten doe."),
        ("Centrale telling", "Ik kies er niet voor om centrale stemopneming in te voeren. Voor een gemeente van onze "
                             "omvang weegt de extra organisatie niet op tegen de winst, en de uitslag was dit jaar "
                             "sneller bekend dan ooit. Wel vraag ik de projectgroep de grote stembureaus bij de "
                             "volgende verkiezing een extra teller te geven."),
        ("Reservepool", "De reservepool wordt nu al opgebouwd. Er hebben zich inmiddels veertien mensen gemeld; "
                        "vóór de verkiezing van 2027 moeten dat er twintig zijn."),
        ("Stembureauleden", "De vergoeding blijft 160 euro; een verhoging naar 200 euro past niet binnen de "
                            "begroting en ligt al boven het landelijk gemiddelde. Voor de kwaliteit van de "
                            "voorzitters neem ik het voorstel over: de e-learning van de Kiesraad wordt vanaf "
                            "de volgende verkiezing verplicht voor alle voorzitters en tweede leden."),
        ("Informatie op de verkiezingsdag", "Een drukte-kaart op de website is een interessant idee. Ik laat "
                                            "verkennen wat dit kost en of het technisch kan; de uitkomst betrekken "
                                            "wij bij de voorbereiding van de verkiezing van 2027."),
        ("Toegankelijkheid", "Niet alle locaties worden opnieuw beoordeeld. Ik laat de vier locaties waarover "
                             "meldingen binnenkwamen en de twee nieuwe locaties schouwen, samen met de Adviesraad "
                             "Inclusie. Voor de overige locaties is dat naar mijn oordeel niet nodig."),
        ("Kosten", "De verkiezing kostte 188.400 euro, 6.000 euro minder dan begroot, vooral doordat minder "
                   "stempassen opnieuw moesten worden verstuurd."),
        ("Vervolg", "In de commissie Bestuur van 19 mei kunt u het rapport met mij bespreken. Voor vragen vooraf "
                    "kunt u terecht bij het team Burgerzaken."),
    ]
    for head, text in sec:
        s.append(Paragraph(head, h))
        s.append(Paragraph(text, body))
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Raadsmemo evaluatie verkiezingen", author="Gemeente Lindewijk")
    doc.build(s, onFirstPage=page, onLaterPages=page)


RECS = [
    (1, "Verhoog de vergoeding voor stembureauleden van 160 naar 200 euro",
     "De vergoeding blijft 160 euro", "disagrees"),
    (2, "Maak de e-learning van de Kiesraad verplicht voor alle voorzitters",
     "Voor de kwaliteit van de voorzitters neem ik het voorstel over", "agrees"),
    (3, "Laat alle stemlocaties vóór de volgende verkiezing schouwen door ervaringsdeskundigen",
     "Niet alle locaties worden opnieuw beoordeeld", "partly"),
    (4, "Voer centrale stemopneming in: laat de stemmen per kandidaat",
     "Ik kies er niet voor om centrale stemopneming in te voeren", "disagrees"),
    (5, "Gebruik bij de telling op elk stembureau een vast telformulier", None, "unanswered"),
    (6, "Toon op de gemeentelijke website een kaart met de actuele drukte",
     "Ik laat verkennen wat dit kost en of het technisch kan", "noted"),
    (7, "Stel vóór de volgende verkiezing een vaste reservepool van twintig stembureauleden",
     "De reservepool wordt nu al opgebouwd", "agrees"),
]
UNMATCHED = [
    "Ik ben de stembureauleden en de medewerkers zeer erkentelijk",
    "De verkiezing kostte 188.400 euro",
    "In de commissie Bestuur van 19 mei",
]
NOTES = ("A municipality's own election evaluation (projectgroep Verkiezingen) answered by the burgemeester's "
         "raadsmemo. Advice: recommendations as LABELLED blocks 'Verbeterpunt 1'-'Verbeterpunt 7' (bold label line "
         "above the text, coloured rule) inside chapters 3.1-3.4, in document order 1, 7, 2, 3, 4, 5, 6 (numbers are "
         "the labels); traps: a shaded 'Tops' box with unnumbered bullets, a figures table, the Kieswet's 'moet', "
         "the 2022 evaluation quoted ('Werf stembureauleden ook ...'), 'zou eigenlijk ... moeten hebben', section "
         "numbers 3.1-3.4. Response: raadsmemo with subject headings, NO numbers, order 4, 7, 1+2, 6, 3: Aanleiding "
         "(nothing), 'Centrale telling' = 4 disagrees ('Ik kies er niet voor'), 'Reservepool' = 7 agrees, ONE "
         "section 'Stembureauleden' = 1 disagrees ('blijft 160 euro') + 2 agrees ('neem ik het voorstel over'), "
         "'Informatie op de verkiezingsdag' = 6 noted ('laat verkennen ... betrekken'), 'Toegankelijkheid' = 3 "
         "partly (six locations only), 'Kosten' and 'Vervolg' (nothing); 5 (tally form) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

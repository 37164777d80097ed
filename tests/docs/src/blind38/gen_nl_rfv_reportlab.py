"""Round 38 (nl, Rijk advisory council): an (invented) advice of the RAAD VOOR DE FINANCIELE VERHOUDINGEN (Rfv) on the
structural funding of municipalities' execution costs for climate and energy policy, answered in a section of the
MEICIRCULAIRE GEMEENTEFONDS 2026 (chapter 5 'Klimaat en energie', pages 21-22 of the circular, with the tail of
chapter 4 above it).
Advice: A4, Rfv letterhead and running header, 'Kernpunten van dit advies' as a NUMBERED list 1-5 that groups the
recommendations in other words (trap), the request's questions a-c quoted (traps), an amounts table, Fvw article 2
('moet'), the council's 2023 recommendation quoted (imperative trap), 'De Raad concludeert' findings; the seven
recommendations UNNUMBERED in the body (numbered 1-7 in document order): bold 'De Raad adviseert ...' sentences (1-5),
'De Raad geeft in overweging ...' (6) and a bold QUESTION (7) 'Is het ... wel nodig ...?'.
Response: extract of the circular (own section numbers 4.6, 5.1-5.3; 'Meicirculaire gemeentefonds 2026' header, page
numbers 21-22); 5.2 answers in the order 1, 3, 6+7 (one paragraph, agrees + partly), 2, 5; 4 (Caribisch Nederland)
unanswered; 4.6 and 5.3 answer nothing.
Engine: reportlab platypus (DejaVu Serif / Sans TTF, no shaping, so no ligatures).

Run: /tmp/blind38nl/bin/python tests/docs/src/blind38/gen_nl_rfv_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                ListFlowable, ListItem)

sys.path.insert(0, os.path.dirname(__file__))
import _b38nl as B  # noqa: E402

NAME = "blind38_nl_rfv"
DV = "/usr/share/fonts/truetype/dejavu/"
for n, f in (("S", "DejaVuSerif.ttf"), ("S-B", "DejaVuSerif-Bold.ttf"), ("S-I", "DejaVuSerif-Italic.ttf"),
             ("S-BI", "DejaVuSerif-BoldItalic.ttf"), ("A", "DejaVuSans.ttf"), ("A-B", "DejaVuSans-Bold.ttf"),
             ("A-I", "DejaVuSans-Oblique.ttf"), ("A-BI", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont(n, DV + f))
pdfmetrics.registerFontFamily("S", normal="S", bold="S-B", italic="S-I", boldItalic="S-BI")
pdfmetrics.registerFontFamily("A", normal="A", bold="A-B", italic="A-I", boldItalic="A-BI")

RED = colors.HexColor("#8c1d40")
BLUE = colors.HexColor("#154273")


def styles(font, size, lead, accent):
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, alignment=TA_JUSTIFY, spaceAfter=5),
        "b": ParagraphStyle("b", fontName=font + "-B", fontSize=size, leading=lead, alignment=TA_JUSTIFY,
                            spaceAfter=5),
        "q": ParagraphStyle("q", fontName=font + "-I", fontSize=size - 0.4, leading=lead, leftIndent=10 * mm,
                            spaceAfter=5),
        "h1": ParagraphStyle("h1", fontName=font + "-B", fontSize=12, leading=15, textColor=accent, spaceBefore=8,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=font + "-B", fontSize=size + 0.8, leading=lead + 1, spaceBefore=6,
                             spaceAfter=3),
        "t": ParagraphStyle("t", fontName=font + "-B", fontSize=19, leading=23, textColor=accent, spaceAfter=4),
        "s": ParagraphStyle("s", fontName=font, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555")),
        "c": ParagraphStyle("c", fontName=font, fontSize=8.2, leading=10.5),
    }


def advice():
    st = styles("S", 9.6, 13.6, RED)

    def page(c, doc):
        c.saveState()
        c.setFont("A", 7.5)
        c.setFillColor(RED)
        if doc.page > 1:
            c.drawString(25 * mm, 287 * mm, "Raad voor de financiële verhoudingen")
            c.setFillColor(colors.HexColor("#666666"))
            c.drawRightString(185 * mm, 287 * mm, "Advies 'Structureel verankerd' | maart 2026")
            c.setStrokeColor(RED)
            c.line(25 * mm, 285 * mm, 185 * mm, 285 * mm)
        else:
            c.rect(25 * mm, 270 * mm, 4 * mm, 16 * mm, stroke=0, fill=1)
            c.setFont("A-B", 11)
            c.drawString(32 * mm, 280 * mm, "Raad voor de")
            c.drawString(32 * mm, 274.5 * mm, "financiële verhoudingen")
        c.setFont("A", 7.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(25 * mm, 12 * mm, "Rfv | Korte Voorhout 7 | 2511 CW Den Haag | www.raadrfv.nl")
        c.drawRightString(185 * mm, 12 * mm, str(doc.page))
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=26 * mm, bottomMargin=22 * mm, title="Structureel verankerd",
                            author="Raad voor de financiële verhoudingen")
    f = [Spacer(1, 12 * mm),
         Paragraph("Structureel verankerd", st["t"]),
         Paragraph("Advies over de financiering van de uitvoeringskosten van het klimaat- en energiebeleid van "
                   "gemeenten", st["h2"]),
         Paragraph("Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties en de minister van Financiën "
                   "(fondsbeheerders) | Den Haag, 5 maart 2026 | kenmerk Rfv-2026/004", st["s"]),
         Spacer(1, 5 * mm)]
    kern = [Paragraph("<b>Kernpunten van dit advies</b>", st["p"]),
            ListFlowable([ListItem(Paragraph(t, st["c"]), value=i) for i, t in enumerate([
                "Geef gemeenten zekerheid: de middelen horen structureel in de algemene uitkering.",
                "Baseer de verdeling op actuele kosten en voorkom grote schokken.",
                "Vergeet de openbare lichamen in Caribisch Nederland niet.",
                "Pas bij nieuwe taken artikel 2 Fvw vooraf en zorgvuldig toe.",
                "Evalueer eerder en beperk de verantwoordingslast."], 1)],
                bulletType="1", bulletFontName="S-B", bulletFontSize=8.2, leftIndent=6 * mm)]
    t = Table([[kern]], colWidths=[160 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6e9ee")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    f += [t, Spacer(1, 3 * mm)]
    f += [Paragraph("1  Inleiding", st["h1"]),
          Paragraph("Bij brief van 14 november 2025 hebben de fondsbeheerders de Raad om advies gevraagd over de "
                    "structurele financiering van de uitvoeringskosten van het klimaat- en energiebeleid van "
                    "gemeenten (de zogenoemde CDOKE-middelen). De adviesaanvraag bevat drie vragen:", st["p"]),
          Paragraph("a. Via welk instrument kunnen de middelen vanaf 2028 het best worden verstrekt?<br/>"
                    "b. Is de verdeling die in 2024 is onderzocht nog bruikbaar?<br/>"
                    "c. Hoe kan het Rijk volgen of de middelen bijdragen aan de doelen van het Klimaatakkoord?",
                    st["q"]),
          Paragraph("De Raad heeft voor dit advies gesproken met de VNG, de Unie van Waterschappen, het IPO, vijf "
                    "gemeenten en de ministeries van BZK, Financiën en KGG.", st["p"]),
          Paragraph("2  Achtergrond", st["h1"]),
          Paragraph("Sinds 2023 ontvangen gemeenten via een decentralisatie-uitkering tijdelijke middelen voor "
                    "personeel dat de lokale klimaat- en energieopgave uitvoert. De middelen lopen tot en met "
                    "2027. Tabel 1 geeft de bedragen.", st["p"])]
    rows = [["Jaar", "2023", "2024", "2025", "2026", "2027", "2028 e.v."],
            ["Decentralisatie-uitkering (mln euro)", "146", "256", "347", "364", "364", "n.n.b."],
            ["Waarvan Caribisch Nederland (mln euro)", "0", "0", "0", "0", "0", "-"]]
    tb = Table(rows, colWidths=[58 * mm] + [17 * mm] * 6)
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "A", 7.8), ("FONT", (0, 0), (-1, 0), "A-B", 7.8),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RED), ("LINEBELOW", (0, 1), (-1, -1), 0.3,
                                                                       colors.grey),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    f += [tb, Paragraph("Tabel 1  CDOKE-middelen gemeenten (bron: circulaires gemeentefonds)", st["s"]),
          Spacer(1, 3 * mm),
          Paragraph("Artikel 2 van de Financiële-verhoudingswet (Fvw) bepaalt dat een voorstel dat leidt tot "
                    "nieuwe taken of activiteiten van gemeenten, moet aangeven via welke weg de kosten worden "
                    "gedekt. Een tijdelijke uitkering voor een structurele taak past daar slecht bij.", st["p"]),
          Paragraph("3  Analyse en advies", st["h1"]),
          Paragraph("3.1  Vorm van financiering", st["h2"]),
          Paragraph("De uitvoering van het klimaat- en energiebeleid is een blijvende taak van gemeenten geworden. "
                    "Gemeenten geven aan dat zij met tijdelijke middelen geen vaste formatie kunnen opbouwen; een "
                    "deel van het personeel is ingehuurd. De Raad concludeert dat de tijdelijkheid van de middelen "
                    "de uitvoering belemmert. In zijn advies van 2023 schreef de Raad al:", st["p"]),
          Paragraph("'Maak de middelen voor de klimaat- en energieopgave structureel en verdeel ze via het "
                    "gemeentefonds.'", st["q"]),
          Paragraph("De Raad adviseert de middelen voor de uitvoeringskosten vanaf 2028 structureel toe te voegen "
                    "aan de algemene uitkering van het gemeentefonds.", st["b"]),
          Paragraph("3.2  Verdeling", st["h2"]),
          Paragraph("De huidige verdeling is gebaseerd op een kostenonderzoek uit 2024, dat uitging van de taken "
                    "zoals die toen werden voorzien. Sindsdien zijn de taken voor de warmtetransitie uitgebreid "
                    "met de Wet collectieve warmte. Een verdeling op basis van verouderde kosten zou gemeenten met "
                    "veel oude woningen moeten benadelen.", st["p"]),
          Paragraph("De Raad adviseert het kostenonderzoek te herhalen voordat de verdeling vanaf 2028 definitief "
                    "wordt vastgesteld.", st["b"]),
          Paragraph("Bij de overgang naar de algemene uitkering verandert het bedrag per gemeente. Volgens de "
                    "eerste berekeningen van de fondsbeheerders gaat een kwart van de gemeenten erop achteruit.",
                    st["p"]),
          Paragraph("De Raad adviseert een ingroeipad waarin het nadeel voor een gemeente ten hoogste 15 euro per "
                    "inwoner per jaar bedraagt.", st["b"]),
          Paragraph("3.3  Caribisch Nederland", st["h2"]),
          Paragraph("De openbare lichamen Bonaire, Sint Eustatius en Saba hebben dezelfde opgave, maar hebben tot "
                    "nu toe geen middelen ontvangen (tabel 1).", st["p"]),
          Paragraph("De Raad adviseert voor de openbare lichamen een passend bedrag toe te voegen aan de vrije "
                    "uitkering, op basis van een eigen kostenraming.", st["b"]),
          Paragraph("3.4  Toekomstige taken", st["h2"]),
          Paragraph("De Raad ziet dat bij nieuwe klimaat- en energietaken de financiële gevolgen vaak pas achteraf "
                    "worden bezien.", st["p"]),
          Paragraph("De Raad adviseert bij elke nieuwe taak vooraf, samen met de VNG, een uitvoeringstoets op grond "
                    "van artikel 2 Fvw uit te voeren en de uitkomst bij het wetsvoorstel te voegen.", st["b"]),
          Paragraph("3.5  Evaluatie en verantwoording", st["h2"]),
          Paragraph("De fondsbeheerders willen de nieuwe financiering in 2031 evalueren. De eerste gegevens uit de "
                    "Klimaatmonitor zijn echter al in 2028 beschikbaar.", st["p"]),
          Paragraph("De Raad geeft in overweging de evaluatie te vervroegen naar 2029, zodat eventuele knelpunten "
                    "in de verdeling tijdig worden gesignaleerd.", st["b"]),
          Paragraph("Middelen in de algemene uitkering zijn vrij besteedbaar; gemeenten leggen verantwoording af "
                    "aan hun raad, niet aan het Rijk. De fondsbeheerders overwegen toch een aparte uitvraag over de "
                    "inzet van de middelen.", st["p"]),
          Paragraph("Is het, gelet op de bestedingsvrijheid van gemeenten, wel nodig om naast de Klimaatmonitor "
                    "een aparte verantwoording over de middelen te vragen?", st["b"]),
          Spacer(1, 4 * mm),
          KeepTogether([Paragraph("Raad voor de financiële verhoudingen,", st["p"]),
                        Paragraph("drs. H.E. Brouwer-Kamphuis, voorzitter<br/>mr. T. Valkenier, secretaris",
                                  st["p"])])]
    doc.build(f, onFirstPage=page, onLaterPages=page)


def response():
    st = styles("A", 9, 13, BLUE)

    def page(c, doc):
        c.saveState()
        c.setFont("A", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(24 * mm, 287 * mm, "Meicirculaire gemeentefonds 2026")
        c.drawRightString(186 * mm, 287 * mm, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
        c.setStrokeColor(BLUE)
        c.line(24 * mm, 285 * mm, 186 * mm, 285 * mm)
        c.drawRightString(186 * mm, 12 * mm, str(20 + doc.page))
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=26 * mm, bottomMargin=22 * mm, title="Meicirculaire gemeentefonds 2026",
                            author="Ministerie van BZK")
    f = [Paragraph("4.6  Beschermd wonen (vervolg)", st["h2"]),
         Paragraph("Voor 2026 blijft het objectieve verdeelmodel beschermd wonen ongewijzigd. De ingroei naar het "
                   "nieuwe model wordt met een jaar uitgesteld; de centrumgemeenten ontvangen hierover voor 1 juli "
                   "een aparte brief. De bedragen per gemeente staan in de bijlage bij deze circulaire.", st["p"]),
         Paragraph("5  Klimaat en energie", st["h1"]),
         Paragraph("5.1  Structurele middelen uitvoeringskosten klimaat- en energiebeleid", st["h2"]),
         Paragraph("De decentralisatie-uitkering voor de uitvoeringskosten van het klimaat- en energiebeleid "
                   "(CDOKE) loopt tot en met 2027. Het kabinet heeft in de Voorjaarsnota 2026 besloten de middelen "
                   "daarna structureel beschikbaar te stellen, voor een bedrag van € 364 miljoen per jaar. Over de "
                   "vorm en de verdeling hebben de fondsbeheerders de Raad voor de financiële verhoudingen (Rfv) "
                   "om advies gevraagd. De Rfv heeft op 5 maart 2026 geadviseerd (advies 'Structureel verankerd'). "
                   "Hieronder volgt de reactie van de fondsbeheerders.", st["p"]),
         Paragraph("5.2  Reactie op het advies van de Rfv", st["h2"]),
         Paragraph("<i>Vorm van financiering.</i> De fondsbeheerders volgen het advies van de Raad: de middelen "
                   "worden met ingang van 2028 toegevoegd aan de algemene uitkering. Daarvoor wordt een nieuw "
                   "cluster Klimaat en energie ingericht. Gemeenten hebben daarmee de zekerheid die zij nodig "
                   "hebben om vaste formatie op te bouwen.", st["p"]),
         Paragraph("<i>Ingroeipad.</i> Een ingroeipad nemen de fondsbeheerders niet over. Uit de nieuwe "
                   "berekeningen blijkt dat het nadeel voor geen enkele gemeente groter is dan 6 euro per inwoner. "
                   "Dat is binnen de normale schommelingen van de algemene uitkering op te vangen, zodat de nieuwe "
                   "verdeling in 2028 in één keer wordt ingevoerd.", st["p"]),
         Paragraph("<i>Evaluatie en verantwoording.</i> De evaluatie wordt, zoals de Raad in overweging geeft, "
                   "vervroegd naar 2029. De Raad vraagt zich terecht af of een aparte verantwoording nodig is. Een "
                   "verantwoording via SiSa of een eigen formulier komt er niet; wel voegen de fondsbeheerders in "
                   "2027 eenmalig een vraag over de ingezette formatie toe aan de Klimaatmonitor, omdat de "
                   "evaluatie die gegevens nodig heeft.", st["p"]),
         Paragraph("<i>Kostenonderzoek.</i> Een volledig nieuw kostenonderzoek achten de fondsbeheerders niet "
                   "nodig, omdat de taken sinds 2024 in hoofdzaak gelijk zijn gebleven. Wel worden de gegevens "
                   "over de kosten van de warmtetransitie in de zomer van 2026 geactualiseerd en in de "
                   "septembercirculaire verwerkt.", st["p"]),
         Paragraph("<i>Nieuwe taken.</i> De fondsbeheerders nemen kennis van het advies over de toepassing van "
                   "artikel 2 Fvw bij nieuwe taken. Zij betrekken het bij de herziening van de Code "
                   "interbestuurlijke verhoudingen, waarover het kabinet en de koepels in het najaar van 2026 "
                   "overleggen.", st["p"]),
         Paragraph("5.3  Verdeelmaatstaf bodemfactor", st["h2"]),
         Paragraph("De verdeelmaatstaf bodemfactor wordt vanaf 2027 gebaseerd op de bodemkaart van 2025. Daardoor "
                   "verschuift circa € 11 miljoen tussen gemeenten. Gemeenten kunnen de gevolgen per gemeente "
                   "vinden in het rekenmodel op de website van het gemeentefonds.", st["p"]),
         Paragraph("Tabel 5.1  Bedragen cluster Klimaat en energie (x € 1 miljoen)", st["s"])]
    rows = [["", "2026", "2027", "2028", "2029", "2030"],
            ["Decentralisatie-uitkering CDOKE", "364", "364", "0", "0", "0"],
            ["Algemene uitkering, cluster Klimaat en energie", "0", "0", "364", "364", "364"]]
    tb = Table(rows, colWidths=[74 * mm] + [17.6 * mm] * 5)
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "A", 7.8), ("FONT", (0, 0), (-1, 0), "A-B", 7.8),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    f += [tb, Spacer(1, 5 * mm),
          Paragraph("6  Overige onderwerpen", st["h1"]),
          Paragraph("6.1  Uitkeringsbedragen en betaalritme", st["h2"]),
          Paragraph("De betaling van de algemene uitkering vindt ook in 2026 plaats in twaalf gelijke termijnen, "
                    "op de twintigste van elke maand. De uitkeringsfactor 2026 bedraagt 1,612.", st["p"])]
    doc.build(f, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "De Raad adviseert de middelen voor de uitvoeringskosten vanaf 2028",
         "de middelen worden met ingang van 2028 toegevoegd", "agrees"),
        ("2", "De Raad adviseert het kostenonderzoek te herhalen voordat de verdeling",
         "Een volledig nieuw kostenonderzoek achten de fondsbeheerders niet nodig", "partly"),
        ("3", "De Raad adviseert een ingroeipad waarin het nadeel voor een gemeente",
         "Een ingroeipad nemen de fondsbeheerders niet over", "disagrees"),
        ("4", "De Raad adviseert voor de openbare lichamen een passend bedrag",
         None, "unanswered"),
        ("5", "De Raad adviseert bij elke nieuwe taak vooraf, samen met",
         "Zij betrekken het bij de herziening van de Code", "noted"),
        ("6", "De Raad geeft in overweging de evaluatie te vervroegen naar 2029",
         "De evaluatie wordt, zoals de Raad in overweging geeft, vervroegd", "agrees"),
        ("7", "Is het, gelet op de bestedingsvrijheid van gemeenten, wel nodig",
         "Een verantwoording via SiSa of een eigen formulier komt er niet", "partly", ["agrees"]),
    ]
    unmatched = ["De verdeelmaatstaf bodemfactor wordt vanaf 2027 gebaseerd"]
    notes = ("Rfv advice: a 'Kernpunten van dit advies' box with a NUMBERED list 1-5 grouping the recommendations in "
             "other words (not the recommendations), the request's questions a-c, an amounts table, Fvw article 2 "
             "with 'moet', the 2023 Rfv recommendation quoted ('Maak de middelen ...'), 'De Raad concludeert' "
             "findings, a finding with 'zou ... moeten benadelen'. The seven recommendations are unnumbered bold "
             "paragraphs in 3.1-3.5, numbered 1-7 in document order: five 'De Raad adviseert ...', 6 'De Raad geeft "
             "in overweging ...' and 7 a question ('Is het ... wel nodig ...?'). Reply = section 5.2 of the "
             "Meicirculaire gemeentefonds 2026 (pages 21-22, italic run-in topics): 1 ('volgen het advies': "
             "agrees), 3 ('Een ingroeipad nemen de fondsbeheerders niet over': disagrees), 6 + 7 in one paragraph "
             "(evaluation moved to 2029: agrees; no separate verantwoording, but a one-off question added to the "
             "Klimaatmonitor: partly, also agrees), 2 (no new cost study, data updated: partly), 5 ('nemen kennis "
             "van', to the Code interbestuurlijke verhoudingen: noted); 4 (Caribisch Nederland) unanswered. 4.6 "
             "Beschermd wonen, 5.1, 5.3 Verdeelmaatstaf bodemfactor and 6.1 answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 70 (nl): an ADVIES of the Belgian RAAD VAN HET VERBRUIK (the federal consumer council, where consumer
organisations and the representatives of production, distribution and the middle classes sit together) on a
voorontwerp van wet about the cancellation of subscriptions, answered in the VERSLAG NAMENS DE COMMISSIE of the
Belgian Chamber on the resulting wetsontwerp: the minister's inleidende uiteenzetting, the members' questions, the
minister's answers, the article-by-article discussion and the votes.

Advice: 'Advies over het voorontwerp van wet ... opzegging van overeenkomsten voor doorlopende dienstverlening'
(invented, CRV 2026-0412), 3 p.: a title block, I Adviesaanvraag, II Het voorontwerp (the draft's 'moet' duties),
III Voorgeschiedenis (the Council's 2021 advice quoted, reported as partly followed; Tabel 1 of complaints), IV
Advies with randnummers (1)-(15): A Algemene opmerkingen, B Bijzondere opmerkingen. The seven recommendations are
the Council's UNANIMOUS bold sentences 'De Raad vraagt ...' / 'De Raad beveelt aan ...' inside the numbered
paragraphs (numbers are their order 1-7, not the randnummers). Traps: DIVIDED positions ('De vertegenwoordigers van
de consumentenorganisaties vragen ...', 'De vertegenwoordigers van de productie ... menen ... zou moeten'; 'Over
dit punt bereikte de Raad geen eensgezind standpunt'), 'De Raad stelt vast', the WER's 'moet', a closing request.
Response: Kamer DOC 56 1187/003, 'VERSLAG namens de commissie voor Economie, Consumentenbescherming en
Digitalisering', 2 p.: I Inleidende uiteenzetting (introduction: nothing; ONE paragraph: 1 agrees, 2 disagrees),
II Algemene bespreking A (members' questions that paraphrase recommendations 5, 6, 7 and ask about telecom: no
replies), B Antwoorden van de minister (7 partly: evaluation after three years; 5 agrees: seventh month; 6 noted:
budget 2027; telecom: nothing), III Artikelsgewijze bespreking (3 agrees, in the discussion of article 5), IV
Stemmingen (nothing); 4 (a model form by the FOD Economie) unanswered.
Engine: reportlab platypus (DejaVu; randnummers hanging in the margin as two-column Tables; `invariant=1`).

Run: /tmp/blind70nl/bin/python tests/docs/src/blind70/gen_nl_verbruik_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b70nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind70_nl_verbruik"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

CRV = colors.HexColor("#7a1f3d")
PALE = colors.HexColor("#f4ecef")
GREY = colors.HexColor("#555555")


def st(size=9.0, lead=13.2, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(8.9, 13.0, "DS", alignment=4),
    "num": st(8.2, 13.0, "DS", textColor=GREY),
    "h": st(10.2, 14, "DSB", spaceBefore=8, spaceAfter=4, textColor=CRV),
    "h2": st(9.2, 13, "DSBI", spaceBefore=5, spaceAfter=3),
    "q": st(8.6, 12.4, "DSI", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY, spaceAfter=5),
    "cell": st(7.8, 10, "DS"),
    "cellb": st(7.8, 10, "DSB"),
    "cap": st(7.4, 9.6, "DSI", textColor=GREY, spaceBefore=2, spaceAfter=6),
    "p": st(8.9, 13.0, "DS", alignment=4, spaceAfter=5),
    # response (Kamer document, serif body)
    "r": st(9.3, 13.8, "SE", spaceAfter=6, alignment=4),
    "rh": st(10.0, 14, "DSB", spaceBefore=9, spaceAfter=4),
    "rh2": st(9.2, 13, "DSB", spaceBefore=6, spaceAfter=3),
    "rs": st(8.0, 11, "DS", textColor=GREY),
}
for k in ("h", "h2", "rh", "rh2"):
    S[k].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    if doc.page > 1:
        c.drawString(22 * mm, h - 12 * mm, "Raad van het Verbruik")
        c.drawRightString(w - 22 * mm, h - 12 * mm, "CRV 2026-0412")
        c.setStrokeColor(CRV)
        c.setLineWidth(0.5)
        c.line(22 * mm, h - 14 * mm, w - 22 * mm, h - 14 * mm)
    c.drawString(22 * mm, 11 * mm, "Raad van het Verbruik - North Gate - Koning Albert II-laan 16 - 1000 Brussel")
    c.drawRightString(w - 22 * mm, 11 * mm, f"{doc.page}")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREY)
    c.setFont("DS", 7.4)
    if doc.page > 1:
        side = w - 22 * mm if doc.page % 2 else 22 * mm
        txt = "DOC 56      1187/003"
        if doc.page % 2:
            c.drawRightString(side, h - 12 * mm, txt)
            c.drawString(22 * mm, h - 12 * mm, f"{doc.page}")
        else:
            c.drawString(side, h - 12 * mm, txt)
            c.drawRightString(w - 22 * mm, h - 12 * mm, f"{doc.page}")
        c.setLineWidth(0.4)
        c.line(22 * mm, h - 14 * mm, w - 22 * mm, h - 14 * mm)
    c.setFont("DS", 6.8)
    c.drawCentredString(w / 2, 10 * mm, "KAMER  -  6e ZITTINGSPERIODE  -  2025  -  2026")
    c.restoreState()


N = [0]


def rn(text, extra=None):
    """A paragraph with a randnummer '(n)' hanging in the left margin."""
    N[0] += 1
    right = [Paragraph(text, S["b"])] + (extra or [])
    t = Table([[Paragraph(f"({N[0]})", S["num"]), right]], colWidths=(11 * mm, 155 * mm))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def build(name, story, deco, top=20 * mm):
    doc = BaseDocTemplate(B.out(name), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=top,
                          bottomMargin=20 * mm, title="", author="", creator="", producer="")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
    doc.build(story)


def advice():
    s = []
    band = Table([[Paragraph("<font color='white'><b>RAAD VAN HET VERBRUIK</b></font>", st(13, 17, "DSB")),
                   Paragraph("<font color='white'>CRV 2026-0412<br/>Brussel, 19 maart 2026</font>",
                             st(8.4, 11.5, "DS", alignment=2))]], colWidths=(110 * mm, 56 * mm))
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), CRV), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                              ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    s += [band, Spacer(1, 5 * mm),
          Paragraph("ADVIES", st(9, 12, "DSB", textColor=CRV)),
          Paragraph("over het voorontwerp van wet tot wijziging van boek VI van het Wetboek van economisch recht "
                    "wat de opzegging van overeenkomsten voor doorlopende dienstverlening betreft",
                    st(13, 17, "DSB", spaceAfter=8)),
          Paragraph("Dit advies werd goedgekeurd door de plenaire vergadering van 19 maart 2026. Het bevat "
                    "eenparige standpunten en, waar vermeld, uiteenlopende standpunten van de vertegenwoordigers van "
                    "de consumentenorganisaties enerzijds en van de productie, de distributie en de middenstand "
                    "anderzijds.", st(8.2, 11.6, "DSI", textColor=GREY, spaceAfter=6))]

    s.append(Paragraph("I. Adviesaanvraag", S["h"]))
    s.append(rn("Op 9 januari 2026 heeft de minister van Economie en Consumentenzaken de Raad van het Verbruik om "
                "advies gevraagd over een voorontwerp van wet dat de opzegging van abonnementen en andere "
                "overeenkomsten voor doorlopende dienstverlening moet vereenvoudigen. De minister vroeg een advies "
                "binnen een termijn van twee maanden. Het advies werd voorbereid in een werkgroep die vijf keer "
                "vergaderde; de FOD Economie lichtte het voorontwerp toe op de eerste vergadering."))

    s.append(Paragraph("II. Het voorontwerp", S["h"]))
    s.append(rn("Het voorontwerp voegt in boek VI van het Wetboek van economisch recht een nieuw artikel VI.91/1 "
                "in. Volgens dat artikel moet de onderneming de consument uiterlijk een maand voor de stilzwijgende "
                "verlenging van een overeenkomst van bepaalde duur schriftelijk op de hoogte brengen van de datum "
                "van verlenging en van zijn recht om op te zeggen. Een overeenkomst die stilzwijgend werd verlengd, "
                "moet na de verlenging op elk ogenblik kunnen worden opgezegd met een opzeggingstermijn van ten "
                "hoogste een maand."))
    s.append(rn("Het voorontwerp bepaalt verder dat de opzegging moet kunnen gebeuren op een duurzame drager. Over "
                "de weg waarlangs de consument opzegt, zegt het voorontwerp niets; de memorie van toelichting "
                "verwijst daarvoor naar de algemene regels van het verbintenissenrecht."))

    s.append(Paragraph("III. Voorgeschiedenis", S["h"]))
    s.append(rn("De Raad boog zich in 2021 al over de opzegging van abonnementen. In zijn advies CRV 2021-0188 "
                "schreef hij:",
                [Paragraph("'De Raad vraagt dat de consument een overeenkomst die hij online heeft gesloten, ook "
                           "online kan opzeggen, zonder dat hij daarvoor eerst moet inloggen of bellen.'", S["q"]),
                 Paragraph("Die vraag werd slechts gedeeltelijk gevolgd: de gedragscode die de sector in 2022 "
                           "onderschreef, geldt alleen voor de telecommunicatie en de energielevering.", S["b"])]))
    tdata = [[Paragraph("Sector", S["cellb"]), Paragraph("2022", S["cellb"]), Paragraph("2023", S["cellb"]),
              Paragraph("2024", S["cellb"]), Paragraph("2025", S["cellb"])]]
    for row in (("Streamingdiensten en digitale media", "412", "655", "803", "947"),
                ("Fitnesscentra en sportclubs", "288", "301", "356", "372"),
                ("Tijdschriften en kranten", "196", "174", "181", "163"),
                ("Verzekeringen (niet-leven)", "121", "133", "140", "158"),
                ("Overige", "305", "322", "344", "391")):
        tdata.append([Paragraph(c, S["cell"]) for c in row])
    t = Table(tdata, colWidths=(70 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), PALE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s += [Spacer(1, 2 * mm), t,
          Paragraph("Tabel 1. Klachten over de opzegging van abonnementen bij de Consumentenombudsdienst, per "
                    "sector (cijfers meegedeeld aan de Raad).", S["cap"])]

    s.append(Paragraph("IV. Advies", S["h"]))
    s.append(Paragraph("A. Algemene opmerkingen", S["h2"]))
    s.append(rn("De Raad verwelkomt het voorontwerp. Hij stelt vast dat het aantal klachten over opzeggingen sinds "
                "2022 blijft stijgen, vooral bij streamingdiensten, en dat consumenten vaak niet weten dat hun "
                "abonnement stilzwijgend wordt verlengd. Een eenvoudige en voorspelbare regeling is in het belang "
                "van zowel de consumenten als de ondernemingen die zich aan de regels houden."))
    s.append(rn("De Raad stelt vast dat het voorontwerp het recht op opzegging regelt, maar niet de manier waarop "
                "het wordt uitgeoefend. <b>De Raad vraagt om de opzegging steeds mogelijk te maken langs dezelfde "
                "weg als die waarlangs de overeenkomst werd gesloten, en bij online gesloten overeenkomsten via een "
                "duidelijk herkenbare opzegknop.</b> De leden wijzen erop dat een dergelijke knop in verschillende "
                "buurlanden al verplicht is."))
    s.append(Paragraph("B. Bijzondere opmerkingen", S["h2"]))
    s.append(rn("<i>Termijn van de herinnering.</i> Een herinnering een maand voor de verlenging komt in de "
                "praktijk vaak te laat, omdat de consument ook een opzeggingstermijn moet respecteren. <b>De Raad "
                "beveelt aan de termijn voor de herinnering op ten minste twee maanden voor de verlenging te "
                "brengen.</b>"))
    s.append(rn("<i>Gevolgen van een ontbrekende herinnering.</i> Het voorontwerp bepaalt niet wat er gebeurt "
                "wanneer de onderneming de consument niet of te laat herinnert. <b>De Raad vraagt dat het "
                "voorontwerp uitdrukkelijk bepaalt dat de consument die geen tijdige herinnering kreeg, de "
                "overeenkomst op elk ogenblik kosteloos kan opzeggen.</b>"))
    s.append(rn("<i>Informatie aan de consument.</i> Veel consumenten weten niet welke gegevens een geldige "
                "opzegging moet bevatten. <b>De Raad beveelt aan dat de FOD Economie een modelformulier voor de "
                "opzegging opstelt en op zijn website ter beschikking stelt.</b>"))
    s.append(rn("<i>Bestaande overeenkomsten.</i> De vertegenwoordigers van de consumentenorganisaties vragen dat "
                "de nieuwe regels ook gelden voor overeenkomsten die voor de inwerkingtreding werden gesloten. De "
                "vertegenwoordigers van de productie, de distributie en de middenstand menen daarentegen dat de "
                "regeling alleen zou moeten gelden voor overeenkomsten die na de inwerkingtreding worden gesloten. "
                "Over dit punt bereikte de Raad geen eensgezind standpunt."))
    s.append(rn("<i>Inwerkingtreding.</i> De ondernemingen moeten hun websites, contracten en facturatiesystemen "
                "aanpassen. <b>De Raad vraagt om de wet pas in werking te laten treden minstens zes maanden na "
                "haar bekendmaking in het Belgisch Staatsblad.</b>"))
    s.append(rn("<i>Toezicht.</i> Regels die niet worden gecontroleerd, veranderen weinig aan de praktijk. <b>De "
                "Raad beveelt aan de Economische Inspectie de middelen te geven om de naleving actief te "
                "controleren, in het bijzonder bij online diensten.</b> De vertegenwoordigers van de "
                "consumentenorganisaties vragen daarnaast een verhoging van de administratieve boetes; de andere "
                "leden achten de bestaande boetes toereikend."))
    s.append(rn("<i>Evaluatie.</i> <b>De Raad vraagt om de nieuwe regeling twee jaar na de inwerkingtreding te "
                "evalueren en hem bij die evaluatie te betrekken.</b>"))
    s.append(Paragraph("V. Slot", S["h"]))
    s.append(rn("De Raad vraagt de minister hem op de hoogte te houden van het gevolg dat aan dit advies wordt "
                "gegeven. Het secretariaat van de Raad staat ter beschikking voor verdere toelichting."))
    s += [Spacer(1, 5 * mm), Paragraph("Voor de Raad,<br/>Lieve Vanmeulebrouck, voorzitter", S["p"])]
    build(NAME + "_advice.pdf", s, adv_deco)


def response():
    s = []
    head = Table([[Paragraph("<b>DOC 56 1187/003</b>", st(10, 13, "DS")),
                   Paragraph("<b>DOC 56 1187/003</b>", st(10, 13, "DS", alignment=2))],
                  [Paragraph("BELGISCHE KAMER VAN<br/>VOLKSVERTEGENWOORDIGERS", st(10.5, 13.5, "DSB")),
                   Paragraph("CHAMBRE DES REPRÉSENTANTS<br/>DE BELGIQUE", st(10.5, 13.5, "DSB", alignment=2))],
                  [Paragraph("24 juni 2026", S["rs"]), Paragraph("24 juin 2026", st(8, 11, "DS", alignment=2,
                                                                                     textColor=GREY))]],
                 colWidths=(83 * mm, 83 * mm))
    head.setStyle(TableStyle([("LINEBELOW", (0, 2), (-1, 2), 0.8, colors.black),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 2), (-1, 2), 5)]))
    s += [head, Spacer(1, 6 * mm),
          Paragraph("WETSONTWERP", st(11, 14, "DSB", alignment=1)),
          Paragraph("tot wijziging van boek VI van het Wetboek van economisch recht wat de opzegging van "
                    "overeenkomsten voor doorlopende dienstverlening betreft", st(10, 13.5, "DS", alignment=1,
                                                                                   spaceAfter=6)),
          Paragraph("VERSLAG", st(11, 14, "DSB", alignment=1)),
          Paragraph("NAMENS DE COMMISSIE VOOR ECONOMIE, CONSUMENTENBESCHERMING EN DIGITALISERING UITGEBRACHT DOOR "
                    "MEVROUW Sofie Delvaux EN DE HEER Kris Van den Abeele", st(8.8, 12.5, "DS", alignment=1,
                                                                               spaceAfter=8))]
    inh = Table([[Paragraph("INHOUD", S["rs"]), Paragraph("Blz.", st(8, 11, "DS", alignment=2))],
                 [Paragraph("I. Inleidende uiteenzetting van de minister", S["rs"]), Paragraph("1", S["rs"])],
                 [Paragraph("II. Algemene bespreking", S["rs"]), Paragraph("2", S["rs"])],
                 [Paragraph("III. Artikelsgewijze bespreking", S["rs"]), Paragraph("2", S["rs"])],
                 [Paragraph("IV. Stemmingen", S["rs"]), Paragraph("2", S["rs"])]],
                colWidths=(150 * mm, 16 * mm))
    inh.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, GREY), ("TOPPADDING", (0, 0), (-1, -1), 1),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s += [inh, Spacer(1, 4 * mm),
          Paragraph("DAMES EN HEREN,", S["rh2"]),
          Paragraph("Uw commissie heeft dit wetsontwerp besproken tijdens haar vergaderingen van 2 en 16 juni "
                    "2026. Het werd door de regering ingediend op 21 mei 2026.", S["r"]),
          Paragraph("I. INLEIDENDE UITEENZETTING VAN DE MINISTER", S["rh"]),
          Paragraph("Mevrouw Els Moortgat, minister van Economie en Consumentenzaken, zet uiteen dat het wetsontwerp "
                    "een einde wil maken aan abonnementen die blijven doorlopen omdat de consument de verlenging "
                    "over het hoofd ziet. Het ontwerp sluit aan bij het federaal regeerakkoord en bij de Europese "
                    "ontwikkelingen op dit vlak.", S["r"]),
          Paragraph("De minister geeft aan dat het ontwerp na het advies van de Raad van het Verbruik werd "
                    "bijgestuurd. Zo kan de consument voortaan altijd opzeggen via het kanaal waarlangs hij de "
                    "overeenkomst heeft gesloten, en bij online gesloten overeenkomsten via een opzegknop op de "
                    "website (artikel 4). De herinneringstermijn blijft daarentegen op één maand: een herinnering "
                    "twee maanden op voorhand zou volgens de minister te vroeg komen om de consument nog tot actie "
                    "aan te zetten, en de regering heeft die suggestie dan ook niet overgenomen.", S["r"]),
          Paragraph("II. ALGEMENE BESPREKING", S["rh"]),
          Paragraph("A. Vragen en opmerkingen van de leden", S["rh2"]),
          Paragraph("Mevrouw Nathalie Gobert (PS) vraagt of de minister ingaat op het verzoek van de Raad van het "
                    "Verbruik om de regeling na twee jaar te evalueren. Zij vraagt ook of de Economische Inspectie "
                    "over voldoende inspecteurs beschikt om online diensten te controleren.", S["r"]),
          Paragraph("De heer Kris Van den Abeele (N-VA) wijst op de aanpassingen die kleine ondernemingen moeten "
                    "doen en wenst te weten wanneer de wet in werking treedt.", S["r"]),
          Paragraph("Mevrouw Hanne Claeys (Groen) vraagt hoe het ontwerp zich verhoudt tot de bijzondere regels "
                    "voor de telecommunicatiesector in de wet van 13 juni 2005.", S["r"]),
          Paragraph("B. Antwoorden van de minister", S["rh2"]),
          Paragraph("De minister bevestigt dat de wet zal worden geëvalueerd, maar drie jaar na de "
                    "inwerkingtreding in plaats van twee, omdat pas dan gegevens over een volledige "
                    "contractcyclus beschikbaar zijn. De Raad van het Verbruik zal om advies worden gevraagd.",
                    S["r"]),
          Paragraph("Wat de inwerkingtreding betreft, verwijst de minister naar artikel 9: de wet treedt in werking "
                    "op de eerste dag van de zevende maand na die waarin ze is bekendgemaakt. Zo hebben de "
                    "ondernemingen de tijd die de Raad van het Verbruik nodig achtte.", S["r"]),
          Paragraph("Over de personeelsformatie van de Economische Inspectie zal de regering beslissen bij de "
                    "begrotingsopmaak 2027; de minister kan daar vandaag niet op vooruitlopen.", S["r"]),
          Paragraph("Voor de telecommunicatiesector blijft de wet van 13 juni 2005 van toepassing waar die de "
                    "consument meer bescherming biedt; het ontwerp vult die regels enkel aan.", S["r"]),
          Paragraph("III. ARTIKELSGEWIJZE BESPREKING", S["rh"]),
          Paragraph("<i>Artikelen 1 tot 4.</i> Over deze artikelen worden geen opmerkingen gemaakt.", S["r"]),
          Paragraph("<i>Artikel 5.</i> Op een vraag van mevrouw Gobert antwoordt de minister dat artikel 5 werd "
                    "toegevoegd op vraag van de Raad van het Verbruik: wie geen tijdige herinnering kreeg, mag de "
                    "overeenkomst op elk ogenblik zonder kosten beëindigen.", S["r"]),
          Paragraph("IV. STEMMINGEN", S["rh"]),
          Paragraph("De artikelen 1 tot 9 worden achtereenvolgens eenparig aangenomen. Het gehele wetsontwerp, "
                    "met inbegrip van de wetgevingstechnische verbeteringen, wordt aangenomen met 14 stemmen en 2 "
                    "onthoudingen.", S["r"]),
          Spacer(1, 4 * mm),
          Table([[Paragraph("<i>De rapporteurs,</i><br/>Sofie Delvaux<br/>Kris Van den Abeele", S["r"]),
                  Paragraph("<i>De voorzitter,</i><br/>Marc Verhaegen", S["r"])]], colWidths=(83 * mm, 83 * mm))]
    build(NAME + "_response.pdf", s, res_deco)


def expected():
    B.write_expected(NAME, [
        ("1", "De Raad vraagt om de opzegging steeds mogelijk te maken",
         "via het kanaal waarlangs hij de overeenkomst heeft gesloten", "agrees"),
        ("2", "De Raad beveelt aan de termijn voor de herinnering op",
         "de regering heeft die suggestie dan ook niet overgenomen", "disagrees"),
        ("3", "De Raad vraagt dat het voorontwerp uitdrukkelijk bepaalt dat de",
         "werd toegevoegd op vraag van de Raad van het Verbruik", "agrees"),
        ("4", "De Raad beveelt aan dat de FOD Economie een modelformulier", None, "unanswered"),
        ("5", "De Raad vraagt om de wet pas in werking te laten",
         "op de eerste dag van de zevende maand", "agrees"),
        ("6", "Raad beveelt aan de Economische Inspectie de middelen te geven",
         "zal de regering beslissen bij de begrotingsopmaak 2027", "noted"),
        ("7", "De Raad vraagt om de nieuwe regeling twee jaar na de",
         "maar drie jaar na de inwerkingtreding in plaats van twee", "partly"),
    ], [
        "een einde wil maken aan abonnementen die blijven doorlopen",
        "Uw commissie heeft dit wetsontwerp besproken tijdens haar vergaderingen",
        "het ontwerp vult die regels enkel aan",
        "wordt aangenomen met 14 stemmen en 2 onthoudingen",
    ], "ADVIES of the Belgian RAAD VAN HET VERBRUIK on a voorontwerp van wet (cancellation of subscriptions), "
       "answered in the Chamber's VERSLAG NAMENS DE COMMISSIE on the wetsontwerp (DOC 56 1187/003). The Raad van het "
       "Verbruik, its make-up, the Chamber, the Wetboek van economisch recht, the FOD Economie, the Economische "
       "Inspectie, the Consumentenombudsdienst and the telecom law of 13 June 2005 are real; the advice CRV "
       "2026-0412 and the 2021 one, the bill, its articles, members, minister, figures and votes are invented. The "
       "seven recommendations are the Council's UNANIMOUS bold sentences 'De Raad vraagt ...' / 'De Raad beveelt "
       "aan ...' inside randnummers (5)-(13); numbers are their order 1-7, not the randnummers. Not "
       "recommendations: the draft's 'moet' duties, the 2021 advice quoted ('De Raad vraagt dat de consument ...') "
       "and reported as partly followed, Tabel 1, 'De Raad stelt vast', DIVIDED positions of the consumer "
       "organisations ('vragen dat de nieuwe regels ook gelden', 'vragen daarnaast een verhoging van de "
       "administratieve boetes') and of production/distribution ('zou moeten gelden'), 'geen eensgezind "
       "standpunt', the closing request to be kept informed. Response: a committee report with a bilingual title "
       "block, contents box, I Inleidende uiteenzetting: introduction (nothing); ONE paragraph = 1 agrees (opzegknop, "
       "article 4) + 2 disagrees (one month stays, 'niet overgenomen'); II.A members' QUESTIONS that paraphrase 7, "
       "6 and 5 and ask about telecom - questions, not replies; II.B the minister's answers: 7 partly (three years, "
       "not two), 5 agrees (seventh month), 6 noted (decided at the 2027 budget), telecom (nothing); III article 5 "
       "= 3 agrees; IV votes (nothing); 4 (model form by the FOD Economie) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
